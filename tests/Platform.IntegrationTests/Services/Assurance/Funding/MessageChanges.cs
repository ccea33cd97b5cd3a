using Google.Protobuf;

namespace Platform.IntegrationTests.Services.Assurance.Funding;

/// <summary>Makes a variant of a valid request: a copy with one thing changed.</summary>
internal static class MessageChanges
{
    public static T WithChange<T>(this T message, Action<T> change)
        where T : IMessage<T>
    {
        var copy = message.Clone();
        change(copy);
        return copy;
    }
}
