using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Platform.EndToEndTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Platform.EndToEndTests.Browser;

/// <summary>
/// Proves the browser plumbing (Playwright's driver, Debian's Chromium, <see cref="BrowserFixture"/>) on a tiny page
/// served in-process, so a broken browser fails here, plainly, before any console test does.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class BrowserPlumbingTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string FormPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Greeter</title></head>
        <body>
          <form method="post" action="/greet">
            <label for="name">Name</label>
            <input id="name" name="name" type="text">
            <button type="submit">Greet</button>
          </form>
        </body></html>
        """;

    private const string SettingsPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Settings</title></head>
        <body>
          <p id="time-zone"></p><p id="locale"></p><p id="viewport"></p>
          <script>
            const options = Intl.DateTimeFormat().resolvedOptions();
            document.getElementById('time-zone').textContent = options.timeZone;
            document.getElementById('locale').textContent = navigator.language;
            document.getElementById('viewport').textContent = window.innerWidth + 'x' + window.innerHeight;
          </script>
        </body></html>
        """;

    private WebApplication _site = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _site = builder.Build();
        _site.MapGet("/", () => Results.Content(FormPage, "text/html"));
        _site.MapGet("/settings", () => Results.Content(SettingsPage, "text/html"));
        _site.MapPost("/greet", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var name = WebUtility.HtmlEncode(form["name"].ToString());
            return Results.Content($"""<!doctype html><html lang="en"><body><p id="answer">Hello, {name}!</p></body></html>""", "text/html");
        }).DisableAntiforgery();
        await _site.StartAsync();
        _address = new Uri(_site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }

    [Fact]
    public async Task Chromium_fills_a_form_and_reads_the_answer()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(_address.ToString());
        await page.GetByLabel("Name").FillAsync("Ada <Lovelace>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Greet" }).ClickAsync();

        await Expect(page.Locator("#answer")).ToHaveTextAsync("Hello, Ada <Lovelace>!");
        var screenshot = await browser.SaveScreenshotAsync(page, "browser-plumbing-form-answer", output);
        Assert.True(new FileInfo(screenshot).Length > 0, $"{screenshot} is empty");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_sees_the_time_zone_locale_and_viewport_it_was_given()
    {
        var page = await browser.NewPageAsync("Pacific/Auckland");

        await page.GotoAsync(new Uri(_address, "settings").ToString());

        await Expect(page.Locator("#time-zone")).ToHaveTextAsync("Pacific/Auckland");
        await Expect(page.Locator("#locale")).ToHaveTextAsync("en-GB");
        await Expect(page.Locator("#viewport")).ToHaveTextAsync("1366x768");
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
