namespace Intranet.Security.Tests.Fuzz;

/// <summary>One input of an endpoint's handler: a route value, a query or form field, the JSON body, or an uploaded file.</summary>
public sealed record EndpointInput(string Name, InputSource Source, Type Type);
