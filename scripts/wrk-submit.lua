-- wrk script: POST a realistic response to the submission API, and count the 201s.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"language": "en", "answers": {"age-band": "14 to 15", "feel-safe": 4, "feel-happy": 3, ' ..
  '"activities": ["Sport", "Gaming"], "moved-recently": "Yes", "move-explained": "No", ' ..
  '"see-family": "Too little", "one-wish": "More time with my brother and better wifi"}}'

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) created = 0; other = 0 end
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); o = o + t:get("other") end
  io.write(string.format("created %d\nother %d\n", c, o))
  io.write(string.format("p50_ms %.2f\np99_ms %.2f\nmax_ms %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
