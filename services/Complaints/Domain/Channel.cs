using Platform.SharedKernel;

namespace Platform.Complaints.Domain;

/// <summary>Where a complaint came in; <see cref="Name"/> names an <see cref="ChannelKind.Other"/> channel.</summary>
public sealed record Channel(ChannelKind Kind, string? Name)
{
    public const int MaxNameLength = 100;

    /// <summary>A checked channel: a known kind, or "other" with its name.</summary>
    public static Channel Of(ChannelKind kind, string? name)
    {
        if (!Enum.IsDefined(kind))
        {
            throw RuleViolationException.Invalid("channel", "channel is required: WRITTEN, PHONE, ONLINE_PLATFORM, EMAIL, or OTHER with channel_name.");
        }

        if (kind != ChannelKind.Other)
        {
            return new Channel(kind, null);
        }

        var trimmed = ComplaintText.Required(name, "channel_name", MaxNameLength);
        return new Channel(kind, trimmed);
    }

    /// <summary>As published: the kind, or the name of another channel.</summary>
    public override string ToString() => Kind == ChannelKind.Other ? Name! : Kind.ToString();
}
