package com.kiorex.web.labs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kiorex.labs.entity.ResultFile;
import com.kiorex.web.params.InvalidParameter;
import org.junit.jupiter.api.Test;

class ResultFileResourceTest {

    @Test
    void theContentType_namesTheFormat() {
        assertThat(ResultFileResource.format("x-application/hl7-v2+er7; charset=UTF-8")).isEqualTo(ResultFile.Format.HL7);
        assertThat(ResultFileResource.format("application/hl7-v2")).isEqualTo(ResultFile.Format.HL7);
        assertThat(ResultFileResource.format("text/csv")).isEqualTo(ResultFile.Format.CSV);
        assertThat(ResultFileResource.format("application/pdf")).isEqualTo(ResultFile.Format.PDF);
        assertThatThrownBy(() -> ResultFileResource.format("image/png")).isInstanceOf(InvalidParameter.class);
        assertThatThrownBy(() -> ResultFileResource.format(null)).isInstanceOf(InvalidParameter.class);
    }
}
