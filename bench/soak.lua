-- wrk script for bench/soak.sh: a coordinator's load on campaign bench-001. Mixed (the default): one write in five
-- requests, after four reads (progress, an interaction, a page of stakeholders, the activity feed). "-- reads": the
-- same four reads without the write; "-- writes": the write alone.
local auth = "Bearer ct_C00000000001_" .. string.rep("s", 43)
local base = "/api/v1/campaigns/bench-001/"
local body = '{"kind":"meeting","occurredOn":"2026-01-15","title":"Rencontre soak","participantIds":[1],"demandIds":[1]}'
local mode = "mixed"
local n = 0

init = function(args)
  mode = args[1] or "mixed"
end

local function write()
  return wrk.format("POST", base .. "interactions",
    { ["Authorization"] = auth, ["Content-Type"] = "application/json" }, body)
end

local function read(k)
  local paths = { "progress", "interactions/" .. (1 + n % 9000), "stakeholders?limit=50&offset=" .. (n % 900), "activity" }
  return wrk.format("GET", base .. paths[k], { ["Authorization"] = auth })
end

request = function()
  n = n + 1
  if mode == "writes" then
    return write()
  elseif mode == "reads" then
    return read(1 + n % 4)
  end
  local k = n % 5
  if k == 0 then
    return write()
  end
  return read(k)
end
