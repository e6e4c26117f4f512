-- wrk script: every request asks for a path picked at random from a file (one path a line), so a page kind is
-- measured over many different addresses, not one repeated. Usage: wrk -s pages.lua http://host:port -- paths.txt
-- Every request says Accept-Encoding: gzip, as browsers do (the stylesheet's too, so its row is comparable).
-- At the end it prints one line: RESULT <requests/s> <p50 ms> <p99 ms> <non-2xx responses> <socket errors>.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

local headers = { ["Accept-Encoding"] = "gzip" }

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %d %d\n",
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors))
end
