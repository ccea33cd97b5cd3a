namespace Platform.Disputes.Domain;

/// <summary>Which side of the agreement a party is on.</summary>
public enum PartyRole
{
    Customer = 1,
    Promisor = 2,
}
