using System.Security.Cryptography;
using Google.Protobuf;

namespace Platform.ServiceDefaults.Requests;

/// <summary>
/// A fingerprint of a request's content without its <c>request_id</c>, so a retried create can be told
/// from a different request that reuses the id.
/// </summary>
public static class RequestFingerprint
{
    public static string Of<TRequest>(TRequest request)
        where TRequest : IMessage<TRequest>
    {
        var content = request.Clone();
        content.Descriptor.FindFieldByName("request_id")?.Accessor.Clear(content);
        return Convert.ToHexString(SHA256.HashData(content.ToByteArray()));
    }
}
