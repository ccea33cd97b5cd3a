using Platform.Platformctl;

return await Cli.RunAsync(args, Console.Out, Console.Error);
