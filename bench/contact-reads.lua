-- wrk script: each request reads one of the contact ids in ids.txt, in turn.
local ids = {}
for line in io.lines(os.getenv("SVYAZ_BENCH_IDS")) do ids[#ids + 1] = line end
local path = os.getenv("SVYAZ_BENCH_PATH")
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", string.format(path, ids[(counter % #ids) + 1]))
end
