namespace Platform.OfficerConsole;

/// <summary>Settings of the console's pages (configuration section <c>OfficerConsole</c>).</summary>
public sealed class ConsoleOptions
{
    public const string Section = "OfficerConsole";

    /// <summary>How often an open page reads its case or list again, so changes made by others show without a reload.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(3);
}
