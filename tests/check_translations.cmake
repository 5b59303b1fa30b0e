# Fails when a source string has no finished translation in focal_es.ts or focal_pt.ts: runs
# lupdate over the sources into copies of the catalogues (the originals stay untouched), then
# lists every message left unfinished.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<checkout> -DWORK_DIR=<scratch> -P check_translations.cmake
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/report/*.cpp ${SOURCE_DIR}/report/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
list(JOIN sources "\n" listed)
file(MAKE_DIRECTORY ${WORK_DIR})
file(WRITE ${WORK_DIR}/sources.lst
    "-I${SOURCE_DIR}/core\n-I${SOURCE_DIR}/ui\n-I${SOURCE_DIR}/report\n${listed}\n")

set(failed "")
foreach(lang es pt)
    set(copy ${WORK_DIR}/focal_${lang}.ts)
    configure_file(${SOURCE_DIR}/translations/focal_${lang}.ts ${copy} COPYONLY)
    execute_process(
        COMMAND ${LUPDATE} -no-obsolete -locations none @${WORK_DIR}/sources.lst -ts ${copy}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${lang}: ${out}${err}")
    endif()
    file(READ ${copy} catalogue)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\""
        unfinished "${catalogue}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND failed "focal_${lang}.ts: ${count} message(s) without a translation:\n")
        foreach(entry IN LISTS unfinished)
            string(REGEX MATCH "<source>([^<]*)</source>" _ "${entry}")
            string(APPEND failed "  ${CMAKE_MATCH_1}\n")
        endforeach()
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Untranslated messages (run `cmake --build build --target "
        "update_translations`, translate, commit):\n${failed}")
endif()
message(STATUS "Every message is translated in Spanish and Portuguese.")
