using System.Text.Json;

namespace ParkShare.Reliability.Fuzz;

/// <summary>One operation of /openapi/v1.json: its method, path template, parameters, body schema and security.</summary>
internal sealed record Operation(string Method, string Path, List<(string Name, string In, JsonElement Schema)> Parameters, JsonElement? Body, List<string> ContentTypes, List<string> Security)
{
    public static List<Operation> Read(JsonElement document)
    {
        List<Operation> operations = [];
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                List<(string, string, JsonElement)> parameters = [];
                if (op.Value.TryGetProperty("parameters", out var ps))
                {
                    foreach (var p in ps.EnumerateArray())
                    {
                        parameters.Add((p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.TryGetProperty("schema", out var s) ? s : default));
                    }
                }

                JsonElement? body = null;
                List<string> types = [];
                if (op.Value.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content))
                {
                    foreach (var c in content.EnumerateObject())
                    {
                        types.Add(c.Name);
                        if (body is null && c.Value.TryGetProperty("schema", out var schema))
                        {
                            body = schema;
                        }
                    }
                }

                List<string> security = [];
                if (op.Value.TryGetProperty("security", out var sec))
                {
                    foreach (var requirement in sec.EnumerateArray())
                    {
                        security.AddRange(requirement.EnumerateObject().Select(r => r.Name));
                    }
                }

                operations.Add(new Operation(op.Name.ToUpperInvariant(), path.Name, parameters, body, types, security));
            }
        }

        return operations;
    }

    public override string ToString() => $"{Method} {Path}";
}
