using System.Globalization;
using System.Text;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// Synthetic booter customer data shaped like the public panel schemas (research §2/§5): 2–23% of accounts pay,
/// attacks per user heavy-tailed, several IPs per user, some fully duplicated rows, fake and disposable emails, email
/// ccTLDs and phone prefixes of several countries, Unix epoch times. Deterministic for a seed. Entirely generated.
/// </summary>
public static class SyntheticDumps
{
    private static readonly string[] Domains = ["gmail.com", "outlook.com", "mailinator.com", "10minutemail.com", "ziggo.nl", "kpnmail.nl", "elisa.fi", "telia.se", "sapo.pt", "btinternet.co.uk", "web.de", "fake.invalid"];
    private static readonly string[] Phones = ["+31", "+358", "+46", "+351", "+44", "+49", "+1"];
    private static readonly string[] Methods = ["UDP", "NTP", "DNS", "HTTP", "LDAP", "TCP-SYN"];
    private static readonly string[] Countries = ["NL", "FI", "SE", "PT", "GB", "DE", "US"];

    public sealed record Counts(long Accounts, long Logins, long Payments, long Attacks);

    public static Counts Write(string folder, int accounts, int attacks, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var start = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        const long span = 3L * 365 * 24 * 3600;
        var payRate = new[] { 0.02, 0.15, 0.23 }[seed % 3];
        var ips = new string[accounts][];
        long logins = 0, payments = 0;
        using (var a = Open(folder, "accounts.csv", "id,username,email,regip,regdate,phone"))
        using (var l = Open(folder, "logins.csv", "userid,userip,date"))
        using (var p = Open(folder, "payments.csv", "user_id,amount,currency,date,payer_email,btc_address,country"))
        {
            for (var i = 0; i < accounts; i++)
            {
                var country = random.Next(Countries.Length);
                ips[i] = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Ip(random)).ToArray();
                var registered = start + random.NextInt64(span);
                var email = $"user{i}{random.Next(100)}@{Domains[random.Next(Domains.Length)]}";
                var phone = random.Next(4) == 0 ? $"{Phones[country % Phones.Length]}6{random.Next(10_000_000, 99_999_999)}" : "";
                Row(a, random, $"{i + 1},gamer_{i}_{random.Next(1000)},{email},{ips[i][0]},{registered},{phone}");
                for (var k = random.Next(4); k >= 0; k--)
                {
                    Row(l, random, $"{i + 1},{ips[i][random.Next(ips[i].Length)]},{registered + random.NextInt64(span / 3)}");
                    logins++;
                }

                if (random.NextDouble() < payRate)
                {
                    var crypto = random.Next(3) == 0;
                    Row(p, random, string.Create(CultureInfo.InvariantCulture,
                        $"{i + 1},{random.Next(5, 60)}.{random.Next(100):00},{(crypto ? "BTC" : "EUR")},{registered + random.NextInt64(86_400 * 30)},{(crypto ? "" : email)},{(crypto ? "bc1q" + random.NextInt64().ToString("x", CultureInfo.InvariantCulture) : "")},{Countries[country]}"));
                    payments++;
                }
            }
        }

        using (var t = Open(folder, "attacks.csv", "id,userid,targetip,duration,method,utime"))
        {
            for (var i = 0; i < attacks; i++)
            {
                // Heavy tail: a few accounts launch most attacks.
                var user = (int)(accounts * Math.Pow(random.NextDouble(), 4));
                Row(t, random, $"{i + 1},{user + 1},{Ip(random)},{30 * (1 + random.Next(40))},{Methods[random.Next(Methods.Length)]},{start + random.NextInt64(span)}");
            }
        }

        return new Counts(accounts, logins, payments, attacks);
    }

    private static StreamWriter Open(string folder, string name, string header)
    {
        var writer = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine(header);
        return writer;
    }

    // About 0.5% of rows appear twice, as in real dumps.
    private static void Row(StreamWriter writer, Random random, string line)
    {
        writer.WriteLine(line);
        if (random.Next(200) == 0)
        {
            writer.WriteLine(line);
        }
    }

    private static string Ip(Random random) => string.Create(CultureInfo.InvariantCulture,
        $"{random.Next(1, 224)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}");
}
