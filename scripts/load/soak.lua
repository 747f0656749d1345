-- wrk soak script: rotates over the authenticated targets with one session, follows renewed session cookies
-- (sliding expiration and the security-stamp check re-issue intercop.auth), and reports like report.lua.
-- Environment: INTERCOP_COOKIE (Cookie header), INTERCOP_PATHS (paths separated by '|').
dofile(os.getenv("INTERCOP_LOAD_DIR") .. "/report.lua")

local paths = {}
for path in string.gmatch(os.getenv("INTERCOP_PATHS") or "/", "[^|]+") do
  table.insert(paths, path)
end

local base_init = init
function init(args)
  base_init(args)
  cookies = {}
  for name, value in string.gmatch(os.getenv("INTERCOP_COOKIE") or "", "([^=;%s]+)=([^;]*)") do
    cookies[name] = value
  end
  next_path = 0
end

local function cookie_header()
  local parts = {}
  for name, value in pairs(cookies) do
    table.insert(parts, name .. "=" .. value)
  end
  return table.concat(parts, "; ")
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], { Cookie = cookie_header() })
end

local base_response = response
function response(status, headers, body)
  base_response(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then
    local name, value = string.match(set, "^(intercop%.auth[^=]*)=([^;]*)")
    if name and value ~= "" then
      cookies[name] = value
    end
  end
end
