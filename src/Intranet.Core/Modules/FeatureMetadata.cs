namespace Intranet.Core.Modules;

/// <summary>Endpoint metadata naming the feature an endpoint belongs to; the feature gate answers 404 where it is off.</summary>
public sealed record FeatureMetadata(string FeatureId);
