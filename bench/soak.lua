-- wrk script for bench/soak.sh: a coordinator's mixed load on campaign bench-001, one write in five requests:
-- progress, an interaction, a page of stakeholders, the activity feed, and a new interaction.
local auth = "Bearer ct_C00000000001_" .. string.rep("s", 43)
local base = "/api/v1/campaigns/bench-001/"
local n = 0
local body = '{"kind":"meeting","occurredOn":"2026-01-15","title":"Rencontre soak","participantIds":[1],"demandIds":[1]}'

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
