namespace Platform.AgreementReplica.Messaging;

/// <summary>
/// What a context does when its copy of an agreement changes (a lifecycle fact or a terms version applied):
/// it runs in the consumer's transaction after the change is written, so it reads the copy as changed and its
/// own effect commits, or fails and is retried, with the change. Register it with
/// <see cref="KnownAgreementConsumers.AddAgreementChangeHandler{THandler}"/>.
/// </summary>
public interface IAgreementChangeHandler
{
    Task HandleAsync(KnownAgreementChange change, CancellationToken cancellationToken);
}
