using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>
/// Reads an endpoint's inputs from its metadata: MVC actions from their parameter descriptors (binding
/// source and type; a complex model is expanded into its properties as form or query fields), minimal APIs
/// from their parameter binding and accepts metadata.
/// </summary>
public static class EndpointInputs
{
    public static IReadOnlyList<EndpointInput> Of(AppEndpoint endpoint)
    {
        var inputs = new List<EndpointInput>();
        var routeNames = endpoint.Endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fieldSource = endpoint.IsUnsafe ? InputSource.Form : InputSource.Query;

        if (endpoint.Action is { } action)
        {
            foreach (var parameter in action.Parameters)
            {
                var source = parameter.BindingInfo?.BindingSource;
                var name = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
                var type = parameter.ParameterType;
                if (type == typeof(CancellationToken) || source == BindingSource.Services || source == BindingSource.Special)
                {
                    continue;
                }

                if (IsFile(type) || source == BindingSource.FormFile)
                {
                    inputs.Add(new(name, InputSource.File, type));
                }
                else if (source == BindingSource.Body)
                {
                    inputs.Add(new(name, InputSource.Body, type));
                }
                else if (source == BindingSource.Path || routeNames.Contains(name))
                {
                    inputs.Add(new(name, InputSource.Path, type));
                }
                else
                {
                    var where = source == BindingSource.Query ? InputSource.Query : source == BindingSource.Form ? InputSource.Form : fieldSource;
                    AddFields(inputs, name, type, where, top: true);
                }
            }
        }
        else
        {
            foreach (var parameter in endpoint.Endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>())
            {
                var type = parameter.ParameterInfo.ParameterType;
                if (type == typeof(HttpContext) || type == typeof(CancellationToken))
                {
                    continue;
                }

                inputs.Add(new(parameter.Name, routeNames.Contains(parameter.Name) ? InputSource.Path : InputSource.Query, type));
            }
        }

        // A handler that reads the body itself (declared only by [Consumes] / Accepts metadata) still gets JSON thrown at it.
        if (inputs.All(i => i.Source != InputSource.Body) && endpoint.Endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>()
                .Any(a => a.ContentTypes.Any(c => c.Contains("json", StringComparison.Ordinal))))
        {
            inputs.Add(new("body", InputSource.Body, typeof(System.Text.Json.JsonElement)));
        }

        return inputs;
    }

    public static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(TimeSpan);
    }

    public static bool IsFile(Type type) =>
        typeof(IFormFile).IsAssignableFrom(type) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type);

    private static void AddFields(List<EndpointInput> inputs, string name, Type type, InputSource source, bool top)
    {
        if (IsSimple(type) || ElementType(type) is { } element && IsSimple(element))
        {
            inputs.Add(new(name, source, type));
            return;
        }

        if (!top)
        {
            return; // one level of model properties is what our forms post
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || type.GetConstructors().Any(c => c.GetParameters().Length > 0)))
        {
            if (IsFile(property.PropertyType))
            {
                inputs.Add(new(property.Name, InputSource.File, property.PropertyType));
            }
            else
            {
                AddFields(inputs, property.Name, property.PropertyType, source, top: false);
            }
        }
    }

    public static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1]
        : null;
}
