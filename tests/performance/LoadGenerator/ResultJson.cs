using System.Text.Json;

namespace Platform.LoadGenerator;

/// <summary>A result as JSON (camelCase), for run.sh to combine.</summary>
internal static class ResultJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync(FileInfo file, LoadResult result, CancellationToken cancellationToken)
    {
        file.Directory?.Create();
        await using var stream = file.Create();
        await JsonSerializer.SerializeAsync(stream, result, s_options, cancellationToken);
    }
}
