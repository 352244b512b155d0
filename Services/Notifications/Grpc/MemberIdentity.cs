using Grpc.Core;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.Notifications.Grpc;

/// <summary>
/// Members are known to Planning by their e-mail address, so a caller is matched to their notices by the
/// token's "email" claim, or by its subject when that is an e-mail address (as the dev sign-in issues it).
/// </summary>
public static class MemberIdentity
{
    public static string EmailOf(ServerCallContext context) =>
        Caller.From(context.GetHttpContext().User).Email is { } email
            ? MemberAddress.Normalize(email)
            : throw new PermissionDeniedException(
                Reasons.SignInWithoutEmail,
                "Your sign-in carries no e-mail address; notices are matched to arena members by e-mail."
            );
}
