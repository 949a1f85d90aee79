# Writes the fixed demo customer file the golden CLI tests read (golden_setup fixture).
# -DCLI=<valuedesk-cli> -DWORK=<directory>
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
foreach(step "demo;${WORK}/demo.vdb;--customers;300;--seed;7"
             "model;${WORK}/demo.vdb;--import-template;retail")
    execute_process(COMMAND "${CLI}" ${step} RESULT_VARIABLE rc ERROR_VARIABLE err
                    OUTPUT_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "valuedesk-cli ${step} failed (${rc}): ${err}")
    endif()
endforeach()
