using System.Globalization;
using System.Net;
using Platform.Web.Features.Network.Members;
using Platform.Web.Infrastructure.Mail;

namespace Platform.Web.Features.Network.Invitations;

/// <summary>Writes and sends the invitation email (English; the acceptance page offers the other languages).</summary>
public sealed class InvitationMailer(IEmailSender sender, ILogger<InvitationMailer> logger)
{
    public async Task<bool> SendAsync(
        Invitation invitation, string token, string agencyName, string inviterName, string baseUrl, CancellationToken cancellationToken)
    {
        var message = Compose(invitation, InvitationLinks.Accept(baseUrl, token), agencyName, inviterName);
        try
        {
            await sender.SendAsync(message, cancellationToken);
            return true;
        }
        catch (EmailDeliveryException ex)
        {
            logger.LogWarning(ex, "Invitation {InvitationId} saved but its email was not sent", invitation.Id);
            return false;
        }
    }

    internal static EmailMessage Compose(Invitation invitation, string link, string agencyName, string inviterName)
    {
        var role = RoleRules.Label(invitation.Role).ToLowerInvariant();
        var expires = invitation.ExpiresAt.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var text = $"""
            Hello {invitation.DisplayName},

            {inviterName} invited you to join {agencyName} on the InterCOP Platform, the shared workspace of the International Cyber Offender Prevention network. Your role will be: {role}.

            To accept, open this link and set up your account:
            {link}

            The link works once and expires on {expires}. If you did not expect this invitation, you can ignore this email.

            InterCOP Platform
            """;
        var e = (Func<string, string>)WebUtility.HtmlEncode;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Invitation to the InterCOP Platform</title></head>
            <body style="font-family: sans-serif; line-height: 1.5; color: #1b1f24;">
            <p>Hello {e(invitation.DisplayName)},</p>
            <p>{e(inviterName)} invited you to join <strong>{e(agencyName)}</strong> on the InterCOP Platform, the shared workspace of the International Cyber Offender Prevention network. Your role will be: {e(role)}.</p>
            <p><a href="{e(link)}" style="display: inline-block; padding: 10px 18px; background: #0b3d6e; color: #ffffff; text-decoration: none; border-radius: 4px;">Accept the invitation</a></p>
            <p>Or copy this address into your browser:<br>{e(link)}</p>
            <p>The link works once and expires on {e(expires)}. If you did not expect this invitation, you can ignore this email.</p>
            <p>InterCOP Platform</p>
            </body></html>
            """;
        return new EmailMessage(invitation.Email, "Invitation to the InterCOP Platform", text, html);
    }
}
