// One endpoint and nothing else: what this machine serves when the app does no work.
var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/", () => "ok");
app.Run();
