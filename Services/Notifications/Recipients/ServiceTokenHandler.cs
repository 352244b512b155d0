using System.Net.Http.Headers;
using Hfi.ServiceDefaults.Identity;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Recipients;

/// <summary>
/// Consumers and the dispatcher run outside any request, so there is no caller token to forward: Notifications
/// then calls Planning and Documents as itself, with a short-lived token signed with the shared key. (Where an OIDC
/// authority issues the tokens,
/// this needs a client-credentials token instead; until then it fails saying so.)
/// </summary>
public sealed class ServiceTokenHandler(TokenIssuer issuer, IOptions<IdentityOptions> identity) : DelegatingHandler
{
    private const string Subject = "service:notifications";

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        if (request.Headers.Authorization is null)
        {
            if (string.IsNullOrWhiteSpace(identity.Value.SigningKey))
            {
                throw new InvalidOperationException(
                    "Notifications calls Planning and Documents as itself and needs Identity:SigningKey for that (client credentials are not supported yet)."
                );
            }

            var token = issuer.Issue(
                Subject,
                HfiRoles.Service,
                name: "Notifications",
                lifetime: TimeSpan.FromMinutes(5)
            );
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
