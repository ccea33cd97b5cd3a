using Grpc.Core;
using Platform.Contracts.Disputes.V1;
using Platform.OfficerConsole.SignIn;

namespace Platform.OfficerConsole.Cases;

/// <summary>
/// <c>GET /disputes/{disputeId}/documents/{documentId}</c>: a submission's document, downloaded with the signed-in
/// person's token (Disputes decides whether they may read it). Sent as an attachment and never sniffed, so a document
/// is saved, not rendered by the console's origin.
/// </summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this WebApplication app) =>
        app.MapGet("/disputes/{disputeId}/documents/{documentId}", async (
                string disputeId, string documentId, HttpContext http, SignedInUser user, DisputesService.DisputesServiceClient disputes) =>
            {
                user.UseRequestUser(http.User);
                try
                {
                    var read = await disputes.GetDocumentAsync(
                        new GetDocumentRequest { DisputeId = disputeId, DocumentId = documentId }, cancellationToken: http.RequestAborted);
                    http.Response.Headers.XContentTypeOptions = "nosniff";
                    return Results.File(read.Content.ToByteArray(), read.Document.ContentType, read.Document.FileName);
                }
                catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
                {
                    return Results.NotFound();
                }
                catch (RpcException ex) when (ex.StatusCode is StatusCode.PermissionDenied or StatusCode.Unauthenticated)
                {
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }
            })
            .RequireAuthorization();
}
