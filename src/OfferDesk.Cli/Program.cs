using OfferDesk.Cli;

// Nothing a document holds reaches the terminal as a control character: errors quote values
// from it. Standard output is cleaned where a document is read (Commands.Load), because the
// advice's own colours are escape sequences too.
Console.SetError(new Terminal.Writer(Console.Error));

var root = Commands.Build();
// Run alone, it says what it can do.
if (args.Length == 0)
{
    root.Parse(["--help"]).Invoke();
    return ExitCodes.BadInput;
}
// A mistyped command gets one line and the nearest command, not the parser's several.
if (!args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]))
{
    var names = root.Subcommands.Select(c => c.Name).ToList();
    var nearest = names.Select(n => (Name: n, Distance: Commands.Distance(args[0], n))).MinBy(x => x.Distance);
    Console.Error.WriteLine(nearest.Distance <= Math.Max(2, args[0].Length / 3)
        ? $"offerdesk: \"{args[0]}\" is not a command. Did you mean \"{nearest.Name}\"?"
        : $"offerdesk: \"{args[0]}\" is not a command; the commands are {string.Join(", ", names)}.");
    Console.Error.WriteLine("Try 'offerdesk --help'.");
    return ExitCodes.BadInput;
}
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"offerdesk: {error.Message}");
    Console.Error.WriteLine("Try 'offerdesk --help'.");
    return ExitCodes.BadInput;
}
return parse.Invoke();
