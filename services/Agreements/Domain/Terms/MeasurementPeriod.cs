namespace Platform.Agreements.Domain.Terms;

/// <summary>Clause 2.3.2: the period over which resolution rates are measured.</summary>
public enum MeasurementPeriod
{
    Month,
    Quarter,
    Year,
}
