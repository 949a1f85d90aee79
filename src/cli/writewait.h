#pragma once

namespace valuedesk::cli {

// A write from the command line waits for another program's write lock (a second import, the app
// saving) instead of failing after the GUI's 5 s: VALUEDESK_WAIT_SECONDS (default 120, 0 = do not
// wait beyond 5 s). While it waits it says so once on stderr, naming the holder when known.
void configureWriteWait();

} // namespace valuedesk::cli
