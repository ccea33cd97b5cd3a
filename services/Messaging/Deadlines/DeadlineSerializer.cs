using System.Text.Json;

namespace Platform.Messaging.Deadlines;

internal static class DeadlineSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
