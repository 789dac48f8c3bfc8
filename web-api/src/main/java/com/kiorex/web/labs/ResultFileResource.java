package com.kiorex.web.labs;

import com.kiorex.batch.boundary.BatchOperations;
import com.kiorex.batch.labimport.LabResultImport;
import com.kiorex.kernel.security.Role;
import com.kiorex.labs.boundary.ResultFileView;
import com.kiorex.labs.boundary.ResultFiles;
import com.kiorex.labs.entity.ResultFile;
import com.kiorex.web.params.InvalidParameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/**
 * Result files uploaded by lab technicians: the body is the file, its type says the format
 * ({@code x-application/hl7-v2+er7} or {@code application/hl7-v2}, {@code text/csv}, {@code application/pdf}).
 * 201 with the file and its import execution; a file already received answers 200 and starts nothing.
 */
@Path("labs/result-files")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultFileResource {

    /** Uploads larger than this are refused (a 100,000-result HL7 file is about 25 MB). */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    @Inject
    ResultFiles files;

    @Inject
    BatchOperations batch;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.LAB_TECHNICIAN)
    public Response upload(@HeaderParam("Content-Type") String contentType, @QueryParam("name") String name,
                           byte[] content) {
        ResultFile.Format format = format(contentType);
        if (content == null || content.length == 0) {
            throw new InvalidParameter("body", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidParameter("body", "the file is larger than " + MAX_BYTES + " bytes");
        }
        ResultFiles.Received received = files.receive(name, format, content, ResultFiles.UPLOAD);
        if (received.duplicate()) {
            return Response.ok(body(received.file(), null, true)).build();
        }
        long execution = batch.start(LabResultImport.NAME,
                Map.of(LabResultImport.FILE_NUMBER, Long.toString(received.file().fileNumber()))).id();
        return Response.status(Response.Status.CREATED).entity(body(received.file(), execution, false)).build();
    }

    @GET
    @Path("{fileId}")
    @RolesAllowed({Role.LAB_TECHNICIAN, Role.BATCH_OPERATOR})
    public ResultFileView file(@PathParam("fileId") UUID fileId) {
        return files.file(fileId);
    }

    private static String body(ResultFileView file, Long execution, boolean duplicate) {
        var json = Json.createObjectBuilder().add("id", file.id().toString()).add("fileNumber", file.fileNumber())
                .add("name", file.name()).add("format", file.format()).add("sha256", file.sha256())
                .add("status", file.status()).add("duplicate", duplicate);
        if (execution != null) {
            json.add("executionId", execution);
        } else if (file.executionId() != null) {
            json.add("executionId", file.executionId());
        }
        return json.build().toString();
    }

    static ResultFile.Format format(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
        return switch (type) {
            case "x-application/hl7-v2+er7", "application/hl7-v2", "application/edi-hl7" -> ResultFile.Format.HL7;
            case "text/csv" -> ResultFile.Format.CSV;
            case "application/pdf" -> ResultFile.Format.PDF;
            default -> throw new InvalidParameter("Content-Type",
                    "must be x-application/hl7-v2+er7, application/hl7-v2, text/csv or application/pdf");
        };
    }
}
