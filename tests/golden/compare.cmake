# Runs one valuedesk-cli command on the golden demo file and compares what it wrote with
# tests/data/golden/<NAME>, byte for byte. With VALUEDESK_REGENERATE_GOLDEN=1 in the environment
# the golden file is rewritten instead (review the diff before committing it).
#   -DCLI=<valuedesk-cli> -DWORK=<directory of demo.vdb> -DGOLDEN=<golden file>
#   -DARGS=<arguments separated by |; @FILE@ is the demo file, @OUT@ the output file>
#   -DTO_FILE=ON when the command writes @OUT@ itself (--csv OUT, --export OUT), else stdout
string(REPLACE "|" ";" args "${ARGS}")
get_filename_component(name "${GOLDEN}" NAME)
set(actual "${WORK}/${name}")
file(REMOVE "${actual}")
list(TRANSFORM args REPLACE "@FILE@" "${WORK}/demo.vdb")
list(TRANSFORM args REPLACE "@OUT@" "${actual}")
if(TO_FILE)
    execute_process(COMMAND "${CLI}" ${args} RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
else()
    execute_process(COMMAND "${CLI}" ${args} RESULT_VARIABLE rc ERROR_VARIABLE err
                    OUTPUT_FILE "${actual}")
endif()
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "valuedesk-cli ${args} failed (${rc}): ${err}")
endif()

# The only field that depends on when the test runs: a model's save time. The file is rewritten
# only when it holds one (file(READ)/file(WRITE) would not keep a CSV's CR LF line ends).
file(READ "${actual}" text)
string(REGEX REPLACE "\"saved_at\": \"[^\"]*\"" "\"saved_at\": \"<time>\"" masked "${text}")
if(NOT masked STREQUAL text)
    file(WRITE "${actual}" "${masked}")
endif()

if("$ENV{VALUEDESK_REGENERATE_GOLDEN}" STREQUAL "1")
    file(COPY_FILE "${actual}" "${GOLDEN}")
    message(STATUS "Regenerated ${GOLDEN}")
    return()
endif()
if(NOT EXISTS "${GOLDEN}")
    message(FATAL_ERROR "No golden file ${GOLDEN}; run with VALUEDESK_REGENERATE_GOLDEN=1")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${GOLDEN}" "${actual}"
                RESULT_VARIABLE different)
if(different)
    find_program(DIFF diff)
    if(DIFF)
        execute_process(COMMAND "${DIFF}" -u "${GOLDEN}" "${actual}" OUTPUT_VARIABLE delta)
        string(SUBSTRING "${delta}" 0 6000 delta)
        message("${delta}")
    endif()
    message(FATAL_ERROR "valuedesk-cli ${ARGS} no longer writes ${GOLDEN}")
endif()
