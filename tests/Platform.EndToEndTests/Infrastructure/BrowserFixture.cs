using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Infrastructure;

/// <summary>
/// One headless Chromium for a collection of browser tests, driven by Playwright: Debian's Chromium
/// (<c>PLATFORM_CHROMIUM</c>, default <c>/usr/bin/chromium</c>, installed by <c>deploy/local/tools.sh</c>), never a
/// browser Playwright downloads. Each test takes a fresh context and page from <see cref="NewPageAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The Chromium executable: <c>PLATFORM_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PLATFORM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where <see cref="SaveScreenshotAsync"/> writes: <c>.local/test-results/screenshots</c> (git-ignored).</summary>
    public string ScreenshotFolder { get; } = Path.Combine(ServiceLaunch.RepositoryRoot, ".local", "test-results", "screenshots");

    /// <summary>A laptop's screen: the size every page is opened at unless a test asks for another.</summary>
    public static ViewportSize Laptop { get; } = new() { Width = 1366, Height = 768 };

    /// <summary>A tablet held upright (768 × 1024 CSS pixels, as an iPad's).</summary>
    public static ViewportSize Tablet { get; } = new() { Width = 768, Height = 1024 };

    /// <summary>The running browser, for what <see cref="NewPageAsync"/> does not cover.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"No Chromium at {executable} (PLATFORM_CHROMIUM): run `bash deploy/local/tools.sh` (as root), which installs "
                + "Debian's chromium, or point PLATFORM_CHROMIUM at a Chromium executable.");
        }

        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true });
        }
        catch (PlaywrightException e)
        {
            _playwright.Dispose();
            _playwright = null;
            throw new InvalidOperationException(
                $"Playwright could not start the Chromium at {executable} (PLATFORM_CHROMIUM); `bash deploy/local/tools.sh` installs "
                + $"Debian's. A Chromium far from the version Microsoft.Playwright expects can cause this: {e.Message}", e);
        }
    }

    /// <summary>
    /// A page in a browser context of its own (no cookies or storage shared with other tests): a 1366×768 laptop
    /// viewport, locale <c>en-GB</c>, and the IANA time zone <paramref name="timeZoneId"/> (e.g. <c>Europe/London</c>;
    /// Chromium's default, the machine's, when null). Close it with <c>page.Context.CloseAsync()</c> when done;
    /// whatever is left closes with the browser.
    /// </summary>
    public async Task<IPage> NewPageAsync(string? timeZoneId = null, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            TimezoneId = timeZoneId,
            Locale = "en-GB",
            ViewportSize = viewport ?? Laptop,
            HasTouch = viewport is not null && viewport.Width < Laptop.Width,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Saves the whole page as <c>.local/test-results/screenshots/&lt;name&gt;.png</c> (a name that is not a file name
    /// has those characters replaced) and returns the path; with <paramref name="output"/>, also says where in the test's output.
    /// </summary>
    public async Task<string> SaveScreenshotAsync(IPage page, string name, ITestOutputHelper? output = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var invalid = Path.GetInvalidFileNameChars();
        var fileName = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray()) + ".png";
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Type = ScreenshotType.Png });
        output?.WriteLine($"Screenshot: {path}");
        return path;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
