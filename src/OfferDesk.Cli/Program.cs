using OfferDesk.Cli;

var parse = Commands.Build().Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"offerdesk: {error.Message}");
    Console.Error.WriteLine("Try 'offerdesk --help'.");
    return ExitCodes.BadInput;
}
return parse.Invoke();
