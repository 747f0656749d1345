#!/usr/bin/python3
"""Signs a member in through the real pages (password, then TOTP) and prints the Cookie header value.

Usage: signin.py BASE_URL EMAIL PASSWORD [BASE32_KEY]
Without a key, the demo key derived from the email is used (as DemoAccounts.KeyFor does).
Cookies are handled by hand: the auth cookie may be marked Secure, which http.cookiejar would not send over http.
"""
import base64, hashlib, hmac, html, re, struct, sys, time, urllib.error, urllib.parse, urllib.request

base, email, password = sys.argv[1:4]
cookies = {}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def request(path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    req = urllib.request.Request(base + path, data=data)
    req.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
    try:
        response = opener.open(req, timeout=30)
    except urllib.error.HTTPError as error:
        response = error
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        value = rest.split(";", 1)[0]
        if value:
            cookies[name] = value
        else:
            cookies.pop(name, None)
    return response.status, response.headers.get("Location", ""), response.read().decode("utf-8", "replace")


def token(page):
    match = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page) \
        or re.search(r'type="hidden" name="__RequestVerificationToken" value="([^"]+)"', page)
    if not match:
        sys.exit("no antiforgery token on the page")
    return html.unescape(match.group(1))


if len(sys.argv) > 4:
    secret = sys.argv[4].upper().replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
else:
    key = hashlib.sha256(("InterCOP demo authenticator v1 " + email.lower()).encode()).digest()[:20]


def totp(key):
    counter = struct.pack(">Q", int(time.time()) // 30)
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


_, _, page = request("/Accounts/SignIn")
status, location, _ = request("/Accounts/SignIn", {
    "Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token(page)})
if status != 302 or "SignInTwoFactor" not in location:
    sys.exit(f"password step answered {status} {location}")
_, _, page = request(location)
status, location, _ = request(location, {"Input.Code": totp(key), "__RequestVerificationToken": token(page)})
if status != 302 or not any(name.startswith("intercop.auth") for name in cookies):
    sys.exit(f"two-factor step answered {status} {location}")
print("; ".join(f"{k}={v}" for k, v in cookies.items()))
