namespace Platform.Disputes.Domain;

/// <summary>Why the case may go to court (clause 5.3).</summary>
public enum LitigationGround
{
    ArbitrationClauseInvalid = 1,
    PartiesAgreedLitigation = 2,
}
