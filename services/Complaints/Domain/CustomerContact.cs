using Platform.SharedKernel;

namespace Platform.Complaints.Domain;

/// <summary>
/// How to reach the customer who complained: personal data (part 2, clause 2.2(5)). Never logged, never in
/// an event, stored sealed, and shown masked unless the caller may see it.
/// </summary>
public sealed record CustomerContact(string Name, string Phone, string Email)
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;

    /// <summary>A checked contact: a name, and a phone number or an e-mail address. Errors never repeat the values.</summary>
    public static CustomerContact Of(string? name, string? phone, string? email)
    {
        var checkedName = ComplaintText.Required(name, "contact.name", MaxNameLength);
        var checkedPhone = CheckedPhone(phone);
        var checkedEmail = CheckedEmail(email);
        if (checkedPhone.Length == 0 && checkedEmail.Length == 0)
        {
            throw RuleViolationException.Invalid("contact", "contact needs a phone number or an e-mail address to reach the customer.");
        }

        return new CustomerContact(checkedName, checkedPhone, checkedEmail);
    }

    /// <summary>The contact as shown to a caller who may not see it: <c>138****5678</c>, <c>a***@example.com</c>, <c>J***</c>.</summary>
    public CustomerContact Masked() => new(MaskName(Name), MaskPhone(Phone), MaskEmail(Email));

    private static string CheckedPhone(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        var digits = trimmed.Count(char.IsAsciiDigit);
        var allowed = trimmed.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' || (c == '+' && i == 0)).All(ok => ok);
        return allowed && digits is >= 5 and <= 20
            ? trimmed
            : throw RuleViolationException.Invalid("contact.phone", "contact.phone must be 5 to 20 digits, with an optional leading '+', spaces and dashes.");
    }

    private static string CheckedEmail(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        var valid = trimmed.Length <= MaxEmailLength
            && at > 0
            && at == trimmed.LastIndexOf('@')
            && trimmed.IndexOf('.', at) > at + 1
            && !trimmed.EndsWith('.')
            && !trimmed.Any(char.IsWhiteSpace);
        return valid ? trimmed : throw RuleViolationException.Invalid("contact.email", "contact.email is not a valid e-mail address.");
    }

    private static string MaskName(string name) => name.Length == 0 ? name : $"{name[0]}***";

    private static string MaskPhone(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.Length == 0)
        {
            return string.Empty;
        }

        var keepEnd = digits.Length >= 8 ? 4 : 2;
        var keepStart = digits.Length >= 10 ? 3 : 0;
        return $"{digits[..keepStart]}{new string('*', 4)}{digits[^keepEnd..]}";
    }

    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? string.Empty : $"{email[0]}***{email[at..]}";
    }
}
