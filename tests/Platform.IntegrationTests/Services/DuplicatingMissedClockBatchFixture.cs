namespace Platform.IntegrationTests.Services;

/// <summary>An Agreements host of <see cref="MissedClockBatchFixture"/> that hands every delivery to its consumers twice.</summary>
public sealed class DuplicatingMissedClockBatchFixture() : MissedClockBatchFixture(duplicateEveryDelivery: true);
