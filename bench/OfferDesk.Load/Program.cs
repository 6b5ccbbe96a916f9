using OfferDesk.Load;

Options options;
try
{
    options = Options.Parse(args);
}
catch (Options.HelpRequested)
{
    Console.WriteLine(Options.Usage);
    return 0;
}
catch (Exception e) when (e is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine($"OfferDesk.Load: {e.Message}");
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

return options.Mode switch
{
    Mode.Durability => await Durability.WriteAsync(options),
    Mode.Verify => await Durability.VerifyAsync(options),
    _ => await LoadRun.RunAsync(options),
};
