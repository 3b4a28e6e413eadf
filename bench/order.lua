-- wrk load for npm run bench: placeOrder with a member's token and a new clientOrderNo per request.
-- args: <file of "token skuId" lines> <run tag>
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  pairs_ = {}
  for line in io.lines(args[1]) do
    local token, sku = line:match("^(%S+)%s+(%S+)$")
    if token then table.insert(pairs_, { token, sku }) end
  end
  tag = args[2] .. "-" .. id
  n = 0
  delivered = 0
  failed = 0
  kinds = {}
  kinds_s = ""
end

function request()
  n = n + 1
  local p = pairs_[(n + id * 7) % #pairs_ + 1]
  local body = '{"query":"mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id status } }","variables":{"i":{"skuId":"'
    .. p[2] .. '","quantity":1,"clientOrderNo":"' .. tag .. '-' .. n .. '"}}}'
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. p[1] }, body)
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"DELIVERED"', 1, true) then delivered = delivered + 1 return end
  failed = failed + 1
  -- What the answer was instead (an error code, another status, or the HTTP status), counted per kind.
  local kind = string.match(body or "", '"code":"([A-Z_]+)"') or string.match(body or "", '"status":"([A-Z_]+)"') or ("HTTP_" .. status)
  kinds[kind] = (kinds[kind] or 0) + 1
  local parts = {}
  for k, v in pairs(kinds) do table.insert(parts, '"' .. k .. '":' .. v) end
  kinds_s = table.concat(parts, ",")
end

function done(summary, latency, requests)
  local d, f, k = 0, 0, {}
  for _, t in ipairs(threads) do
    d = d + t:get("delivered")
    f = f + t:get("failed")
    local s = t:get("kinds_s")
    if s and s ~= "" then table.insert(k, '{' .. s .. '}') end
  end
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"durationUs":%d,"delivered":%d,"failed":%d,"p50Us":%d,"p99Us":%d,"socketErrors":%d,"timeouts":%d,"failedAs":[%s]}\n',
    summary.requests, summary.duration, d, f, latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status, e.timeout, table.concat(k, ",")))
end
