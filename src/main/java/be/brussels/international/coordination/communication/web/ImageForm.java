package be.brussels.international.coordination.communication.web;

import java.io.Serializable;

import org.springframework.web.multipart.MultipartFile;

/** An image for an edition's articles. */
public class ImageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
