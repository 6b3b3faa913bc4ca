using System.Globalization;

namespace Intranet.Bench.Mail;

/// <summary>Command line: --mailboxes 10000 --with-password 50 --messages 100 --folder 10000 --rounds 20 --keep.</summary>
public sealed class BenchOptions
{
    public int Mailboxes { get; private set; } = 10_000;

    public int WithPassword { get; private set; } = 50;

    public int Messages { get; private set; } = 100;

    public int FolderSize { get; private set; } = 10_000;

    public int ListRounds { get; private set; } = 20;

    /// <summary>Keep the temp folder (configs, logs, mail.db) for inspection.</summary>
    public bool Keep { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            int Next() => int.Parse(args[++i], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--mailboxes": options.Mailboxes = Next(); break;
                case "--with-password": options.WithPassword = Math.Max(Next(), 3); break;
                case "--messages": options.Messages = Next(); break;
                case "--folder": options.FolderSize = Next(); break;
                case "--rounds": options.ListRounds = Next(); break;
                case "--keep": options.Keep = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]} (see BenchOptions.cs).");
            }
        }

        return options;
    }
}
