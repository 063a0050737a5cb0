-- wrk script for bench/balancer/run.sh: the mixed load of bench/soak.lua (four reads, one write in five requests) on
-- campaign bench-001, sent through the balancer. Each write carries the run's title (first argument) so the rows it
-- made can be counted afterwards, and every acknowledged write (a 201) is counted, to compare the two.
local auth = "Bearer ct_C00000000001_" .. string.rep("s", 43)
local base = "/api/v1/campaigns/bench-001/"
local body
local n = 0
-- Globals, not locals: the main script reads them from each thread with thread:get.
acknowledged = 0
refused = 0
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  body = '{"kind":"meeting","occurredOn":"2026-01-15","title":"' .. args[1]
    .. '","participantIds":[1],"demandIds":[1]}'
end

request = function()
  n = n + 1
  local k = n % 5
  if k == 0 then
    return wrk.format("POST", base .. "interactions",
      { ["Authorization"] = auth, ["Content-Type"] = "application/json" }, body)
  end
  local paths = { "progress", "interactions/" .. (1 + n % 9000), "stakeholders?limit=50&offset=" .. (n % 900), "activity" }
  return wrk.format("GET", base .. paths[k], { ["Authorization"] = auth })
end

response = function(status, headers, body)
  if status == 201 then
    acknowledged = acknowledged + 1
  elseif status >= 400 then
    refused = refused + 1
  end
end

done = function(summary, latency, requests)
  local ack, bad = 0, 0
  for _, thread in ipairs(threads) do
    ack = ack + thread:get("acknowledged")
    bad = bad + thread:get("refused")
  end
  io.write(string.format("ACKNOWLEDGED\t%d\nERROR_ANSWERS\t%d\n", ack, bad))
end
