using Intranet.Core.Recipes;

namespace Intranet.Tenants.Tests;

/// <summary><c>{ "name": "explode" }</c>: fails while the recipe runs, after earlier steps did their work.</summary>
public sealed class ExplodeStep : IRecipeStepHandler
{
    public string StepName => "explode";

    public Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Bước thử nghiệm thất bại như dự định.");
}

/// <summary><c>{ "name": "wait" }</c>: holds the recipe until the test releases it, so a test can look at a tenant while it is Initializing.</summary>
public sealed class WaitStep : IRecipeStepHandler
{
    private readonly StepGate _gate;

    public WaitStep(StepGate gate) => _gate = gate;

    public string StepName => "wait";

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        _gate.Entered.TrySetResult();
        await _gate.Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }
}

public sealed class StepGate
{
    public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Reset()
    {
        Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
