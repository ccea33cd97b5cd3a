namespace Platform.Agreements.Domain;

public enum AgreementStatus
{
    Draft,
    Active,
    Suspended,
    Terminated,
    Expired,
}
