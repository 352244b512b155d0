using System.ComponentModel.DataAnnotations;

namespace Hfi.Gateway.Security;

/// <summary>
/// How much one caller may ask of the gateway, and how big a request body may be. The limits hold per gateway
/// instance (in memory, a flood guard with no round trip per request): with <c>HFI_REPLICAS</c>=N a caller whose
/// connections land on different instances gets up to N times <see cref="PermitsPerWindow"/> (README, "Replicas").
/// </summary>
public sealed class GatewayLimitsOptions
{
    public const string SectionName = "Gateway:Limits";

    /// <summary>Requests per window for one signed-in subject, or one client IP when anonymous.</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Sign-in attempts per window for one client IP: stricter, as guessing happens there.</summary>
    [Range(1, int.MaxValue)]
    public int SignInPermitsPerWindow { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>API request bodies are JSON and small.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>A plan import carries a .docx/.xlsx file; Planning's gRPC limit on a message is 4 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxPlanImportBodyBytes { get; set; } = 4 * 1024 * 1024;
}

/// <summary>Origins of other web sites allowed to call the API from a browser; none unless configured.</summary>
public sealed class GatewayCorsOptions
{
    public const string SectionName = "Gateway:Cors";

    public string[] AllowedOrigins { get; set; } = [];
}
