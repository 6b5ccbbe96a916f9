using OfferDesk.Cli;

// Nothing a document holds reaches the terminal as a control character: errors quote values
// from it. Standard output is cleaned where a document is read (Commands.Load), because the
// advice's own colours are escape sequences too.
Console.SetError(new Terminal.Writer(Console.Error));

var parse = Commands.Build().Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"offerdesk: {error.Message}");
    Console.Error.WriteLine("Try 'offerdesk --help'.");
    return ExitCodes.BadInput;
}
return parse.Invoke();
