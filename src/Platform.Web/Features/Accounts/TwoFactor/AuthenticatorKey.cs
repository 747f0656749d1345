using System.Text;
using QRCoder;

namespace Platform.Web.Features.Accounts.TwoFactor;

/// <summary>How an authenticator key is shown: grouped for typing, and as an otpauth:// QR code for scanning.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "InterCOP";

    /// <summary>"ABCDEFGH..." → "abcd efgh ...": easier to read aloud and type; authenticator apps ignore case and spaces.</summary>
    public static string Grouped(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    /// <summary>Key URI format (Google Authenticator wiki), understood by all common authenticator apps.</summary>
    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>An SVG QR code as a data: URI, so it needs no extra request and no inline script (CSP allows data: images).</summary>
    public static string QrCodeDataUri(string otpAuthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
