using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Inspections;

/// <summary>The clause of part 2 each finding class comes from.</summary>
public static class FindingClasses
{
    /// <summary>Part 2, clause 2.1: forbidden conduct.</summary>
    public const string ForbiddenConductClause = "P2 2.1";

    /// <summary>Part 2, clause 2.2: mandatory requirements.</summary>
    public const string MandatoryRequirementClause = "P2 2.2";

    /// <summary>Whether the class is a forbidden conduct (2.1) rather than a mandatory requirement not met (2.2).</summary>
    public static bool IsForbiddenConduct(FindingClass findingClass) => Validated(findingClass, "class") <= FindingClass.ConflictOfInterest;

    public static string ClauseOf(FindingClass findingClass) =>
        IsForbiddenConduct(findingClass) ? ForbiddenConductClause : MandatoryRequirementClause;

    /// <summary>The class, refused (naming <paramref name="field"/>) when unset or unknown.</summary>
    public static FindingClass Validated(FindingClass findingClass, string field) =>
        Enum.IsDefined(findingClass)
            ? findingClass
            : throw RuleViolationException.Invalid(
                field, $"{field} is required: one of the forbidden conducts or mandatory requirements of part 2 ({string.Join(", ", Enum.GetNames<FindingClass>())}).");
}
