namespace OfferDesk.Cli;

/// <summary>The command's exit codes (PLAYBOOK section 6).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int Refused = 3;
}
