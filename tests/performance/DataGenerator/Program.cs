using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;
using Platform.Agreements.Data;
using Platform.Complaints;
using Platform.Complaints.Data;
using Platform.DataGenerator;

var agreements = new Option<int>("--agreements") { Description = "Agreements to generate", DefaultValueFactory = _ => 10_000 };
var complaints = new Option<int>("--complaints") { Description = "Complaints to generate, spread over the agreements", DefaultValueFactory = _ => 1_000_000 };
var days = new Option<int>("--days") { Description = "Complaints are received over this many days up to now", DefaultValueFactory = _ => 365 };
var skew = new Option<double>("--skew") { Description = "Zipf exponent of complaints per agreement (0 = even)", DefaultValueFactory = _ => 1.0 };
var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 20261127 };
var reset = new Option<bool>("--reset") { Description = "Delete what an earlier run generated, then generate again" };
var deleteOnly = new Option<bool>("--delete") { Description = "Only delete what an earlier run generated" };
var agreementsDb = new Option<string>("--agreements-db")
{
    Description = "Agreements' database",
    DefaultValueFactory = _ => "Host=127.0.0.1;Port=5432;Database=agreements;Username=agreements;Password=agreements-dev-password",
};
var complaintsDb = new Option<string>("--complaints-db")
{
    Description = "Complaints' database",
    DefaultValueFactory = _ => "Host=127.0.0.1;Port=5432;Database=complaints;Username=complaints;Password=complaints-dev-password",
};
var settingsFile = new Option<FileInfo>("--complaints-settings")
{
    Description = "Complaints' appsettings.json (sealing keys, quiet period, minimum sample); Complaints__* environment variables override it as they do the service's",
    DefaultValueFactory = _ => new FileInfo("services/Complaints/appsettings.json"),
};

var root = new RootCommand("Fills Agreements' and Complaints' databases with agreements and complaints for the scale measurements (tests/performance/scale.sh)")
{
    agreements, complaints, days, skew, seed, reset, deleteOnly, agreementsDb, complaintsDb, settingsFile,
};
root.SetAction(async (parse, cancellationToken) =>
{
    static void Log(string message) => Console.Error.WriteLine($"generate: {DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {message}");

    // The sealing keys of a local run are in appsettings.Development.json, beside the settings file.
    var settingsPath = parse.GetRequiredValue(settingsFile).FullName;
    var configuration = new ConfigurationBuilder()
        .AddJsonFile(settingsPath, optional: false)
        .AddJsonFile(Path.ChangeExtension(settingsPath, ".Development.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
    var complaintsOptions = configuration.GetSection(ComplaintsOptions.Section).Get<ComplaintsOptions>() ?? new ComplaintsOptions();
    var sealing = configuration.GetSection(ContactEncryptionOptions.Section).Get<ContactEncryptionOptions>() ?? new ContactEncryptionOptions();
    if (complaintsOptions.MeasurementPeriodLength is not null)
    {
        Log("Complaints:MeasurementPeriodLength is set: the generated periods follow the terms' calendar periods, as a service without it does");
    }

    await using var agreementsSource = NpgsqlDataSource.Create(parse.GetRequiredValue(agreementsDb));
    await using var complaintsSource = NpgsqlDataSource.Create(parse.GetRequiredValue(complaintsDb));
    var settings = new GeneratorSettings(
        parse.GetValue(agreements),
        parse.GetValue(complaints),
        parse.GetValue(days),
        parse.GetValue(skew),
        parse.GetValue(seed),
        AgreementFactory.Truncate(DateTimeOffset.UtcNow),
        complaintsOptions.PauseCap,
        complaintsOptions.QuietPeriod,
        complaintsOptions.MinimumSample);

    var (agreementCount, knownCount, complaintCount) = await GeneratedData.CountAsync(agreementsSource, complaintsSource, cancellationToken);
    var complete = agreementCount == settings.Agreements && knownCount == settings.Agreements && complaintCount == settings.Complaints;
    if (parse.GetValue(deleteOnly) || parse.GetValue(reset) || (!complete && agreementCount + knownCount + complaintCount > 0))
    {
        Log($"deleting an earlier run ({agreementCount:N0} agreements, {knownCount:N0} copies, {complaintCount:N0} complaints)");
        await GeneratedData.DeleteAsync(agreementsSource, complaintsSource, Log, cancellationToken);
    }
    else if (complete)
    {
        Log($"already generated: {agreementCount:N0} agreements, {complaintCount:N0} complaints (--reset to generate again)");
        return 0;
    }

    if (parse.GetValue(deleteOnly))
    {
        return 0;
    }

    await using var agreementsDbContext = new AgreementsDbContext(
        new DbContextOptionsBuilder<AgreementsDbContext>().UseNpgsql(agreementsSource).UseSnakeCaseNamingConvention().Options);
    await using var complaintsDbContext = new ComplaintsDbContext(
        new DbContextOptionsBuilder<ComplaintsDbContext>().UseNpgsql(complaintsSource).UseSnakeCaseNamingConvention().Options);
    agreementsDbContext.ChangeTracker.AutoDetectChangesEnabled = false;
    complaintsDbContext.ChangeTracker.AutoDetectChangesEnabled = false;
    Log($"generating {settings.Agreements:N0} agreements and {settings.Complaints:N0} complaints received over {settings.Days} days up to {settings.Now:O}");
    var generator = new Generator(
        settings,
        new ContactProtector(Options.Create(sealing)),
        new TableCopier(agreementsDbContext, agreementsSource),
        new TableCopier(complaintsDbContext, complaintsSource),
        Log);
    await generator.RunAsync(cancellationToken);
    return 0;
});
return await root.Parse(args).InvokeAsync();
