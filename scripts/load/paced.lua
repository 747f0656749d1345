-- wrk script for an open-loop (paced) run: the connections together offer INTERCOP_RATE requests per second
-- (divided evenly over INTERCOP_THREADS wrk threads), instead of wrk's usual closed loop where each connection sends
-- its next request as soon as the previous answer arrives. Reports like report.lua, plus the offered rate.
--
-- The schedule: every request takes the next slot of a fixed per-thread timetable (one slot every 1/rate s, from
-- the first request on); delay() waits until that slot. When the server falls behind, all connections are busy,
-- slots pass unused and are caught up in a burst as soon as connections free up, so the achieved rate stays below the
-- offered one: that is a miss and load.sh reports it as such. wrk times each request from its actual send, not from
-- its slot, so waiting for a free connection is not in the latency figures (coordinated omission): the achieved
-- rate is the check for that.
dofile(os.getenv("INTERCOP_LOAD_DIR") .. "/report.lua")

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } intercop_timespec;
  int clock_gettime(int clock_id, intercop_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local now_ts = ffi.new("intercop_timespec")

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now_ts)
  return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
end

local base_init = init
function init(args)
  base_init(args)
  local rate = tonumber(os.getenv("INTERCOP_RATE") or "")
  local threads = tonumber(os.getenv("INTERCOP_THREADS") or "1")
  if not rate or rate <= 0 then
    error("paced.lua needs INTERCOP_RATE (requests per second, > 0)")
  end
  interval_ms = 1000 * threads / rate
  next_slot_ms = nil
end

function delay()
  local now = now_ms()
  if next_slot_ms == nil then
    next_slot_ms = now
  end
  local wait = next_slot_ms - now
  next_slot_ms = next_slot_ms + interval_ms
  -- wrk's timers have millisecond resolution; slots are absolute, so rounding does not drift the average rate.
  return wait > 0 and math.floor(wait + 0.5) or 0
end
